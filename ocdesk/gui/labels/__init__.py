"""Label screens: preview panel, print controller and settings, failed jobs, history, batches."""
