"""The desk's side of the warehouse's shared database: live views, its preference, outages."""
