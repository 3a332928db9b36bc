"""The PySide6 desktop app: a window over the Qt-free engine.

Nothing here decides what is corroborated; the widgets only display what
:mod:`corroborate.engine` computed. :mod:`corroborate.gui.app` is the entry point.
"""
