"""The Account tab: profiles, login, the connection's health and the audit log."""
