"""The Qt desktop console."""
