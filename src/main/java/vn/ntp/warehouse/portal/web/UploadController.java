package vn.ntp.warehouse.portal.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.annotation.Profile;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.ntp.warehouse.portal.account.PortalUser;
import vn.ntp.warehouse.portal.account.Role;
import vn.ntp.warehouse.portal.upload.SheetPreview;
import vn.ntp.warehouse.portal.upload.Uploads;
import vn.ntp.warehouse.report.FeedbackWorkbook;

/** "Gửi báo cáo": upload one or several workbooks, see the findings on the sender's own sheet, then send. */
@Controller
@Profile("portal")
public class UploadController {
    private final Uploads uploads;
    private final UnitScope scope;

    public UploadController(Uploads uploads, UnitScope scope) {
        this.uploads = uploads;
        this.scope = scope;
    }

    /** An upload with its sheet preview, for the page. */
    public record Shown(Uploads.Checked checked, List<SheetPreview.PreviewSheet> sheets, String refusal) {
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal PortalUser user) {
        return switch (user.role()) {
            case TINH -> "redirect:/tinh";
            case PHAN_TICH -> "redirect:/ho-so";
            case QUAN_TRI -> "redirect:/tai-khoan";
            case DON_VI -> "redirect:/gui";
        };
    }

    @GetMapping("/dang-nhap")
    String login() {
        return "dang-nhap";
    }

    @GetMapping("/gui")
    String form(@AuthenticationPrincipal PortalUser user, Model model) {
        model.addAttribute("user", user);
        model.addAttribute("unitName", scope.name(user.unitCode()));
        return "gui";
    }

    @PostMapping("/gui")
    String upload(@AuthenticationPrincipal PortalUser user, @RequestParam("files") List<MultipartFile> files, Model model) throws IOException {
        if (user.role() != Role.DON_VI && user.role() != Role.TINH) throw new Refusal(403, "Tài khoản này không gửi báo cáo.");
        List<Shown> shown = new ArrayList<>();
        for (MultipartFile f : files) {
            if (f.isEmpty()) continue;
            try (InputStream in = f.getInputStream()) {
                Uploads.Checked c = uploads.check(user, f.getOriginalFilename(), in);
                shown.add(new Shown(c, c.readable() ? SheetPreview.of(c.file(), c.findings()) : List.of(), null));
            } catch (Refusal r) {
                shown.add(new Shown(null, List.of(), f.getOriginalFilename() + ": " + r.getMessage()));
            }
        }
        if (shown.isEmpty()) throw new Refusal(400, "Chưa chọn tệp nào.");
        model.addAttribute("user", user);
        model.addAttribute("unitName", scope.name(user.unitCode()));
        model.addAttribute("uploads", shown);
        return "ket-qua";
    }

    @GetMapping("/gui/{id}/phan-hoi")
    ResponseEntity<FileSystemResource> feedback(@AuthenticationPrincipal PortalUser user, @PathVariable String id) {
        Uploads.Checked c = uploads.get(user, id);
        String written = c.feedback().getFileName().toString();
        String ext = written.substring(written.lastIndexOf('.'));
        String name = URLEncoder.encode(FeedbackWorkbook.feedbackName(c.originalName(), ext), StandardCharsets.UTF_8).replace("+", "%20");
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"kiem-tra" + ext + "\"; filename*=UTF-8''" + name)
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .body(new FileSystemResource(c.feedback()));
    }

    @PostMapping("/gui/{id}/nop")
    String submit(@AuthenticationPrincipal PortalUser user, @PathVariable String id, RedirectAttributes redirect) {
        String name = uploads.submit(user, uploads.get(user, id));
        redirect.addFlashAttribute("notice", "Đã gửi tệp vào hộp thư với tên " + name + "; tệp sẽ được nạp ở lần chạy tới.");
        return "redirect:/ho-so";
    }
}
