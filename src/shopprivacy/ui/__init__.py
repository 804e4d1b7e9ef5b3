"""The Qt screens, per place of work (desk, care, director) and shared widgets."""
