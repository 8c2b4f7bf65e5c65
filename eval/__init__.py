"""Evaluation of the analysis against hand-labelled articles (dev extra needed)."""
