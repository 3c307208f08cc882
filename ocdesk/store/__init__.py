"""Local state: settings (platformdirs), secrets (keyring) and the SQLite database."""
