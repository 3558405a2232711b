package vn.ntp.warehouse.portal.web;

/** A request the portal refuses, with its HTTP status and the Vietnamese sentence the user reads. */
public class Refusal extends RuntimeException {
    private final int status;

    public Refusal(int status, String messageVi) {
        super(messageVi);
        this.status = status;
    }

    public int status() {
        return status;
    }

    public static Refusal forbidden(String unitName) {
        return new Refusal(403, "Không có quyền với đơn vị " + unitName + ": đơn vị này nằm ngoài phạm vi của tài khoản.");
    }
}
