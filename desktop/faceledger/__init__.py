"""FaceLedger (人脸账本): who holds your face, what you asked of them, and proof of it."""

__version__ = "0.1.0"
APP_NAME = "FaceLedger"
APP_ID = "faceledger"
