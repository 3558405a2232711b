package vn.ntp.warehouse.portal.account;

/** A portal account: its unit (official code of the unit master) and role. */
public record Account(String username, String passwordHash, String unitCode, Role role, boolean enabled) {
}
