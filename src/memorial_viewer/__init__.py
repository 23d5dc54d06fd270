"""memorial_viewer: an offline archive of articles and photos for memorial collections."""

__version__ = "0.1.0"
