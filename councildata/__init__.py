"""councildata: German council documents in, validated open data out."""

__version__ = "0.1.0"
