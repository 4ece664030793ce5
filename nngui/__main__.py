"""``python -m nngui``: start the app."""

from nngui.qt.app import main

raise SystemExit(main())
