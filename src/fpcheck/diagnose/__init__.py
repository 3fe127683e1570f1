"""Diagnosis: which figure is wrong and what it most likely was (corruption operators, repair search)."""
