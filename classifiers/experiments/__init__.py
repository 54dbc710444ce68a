"""Dev protocols for choosing models (not imported by the worker)."""
