"""The data layer: models, engine, migrations and services. No Qt, no openpyxl."""
