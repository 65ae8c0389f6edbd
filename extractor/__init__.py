"""extractor: structured climate claims from Thai, Dutch and English press releases."""
__version__ = "0.1.0"
