"""View-models: QObjects whose properties QML binds to and whose slots QML calls."""
