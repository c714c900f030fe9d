"""The home page's demo content (home.yaml) and its loader; load_demo runs every app's."""
