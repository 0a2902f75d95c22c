"""The Qt user interface. Nothing is imported here so that start-up loads only what it shows."""
