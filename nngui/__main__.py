"""``python -m nngui``: start the app."""

from nngui.app import main

raise SystemExit(main())
