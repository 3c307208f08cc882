"""The sandbox's business endpoints, one module per domain; `common` holds what they share."""
