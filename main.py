"""`python main.py …` behaves exactly like `rapport …`."""
import sys

from app.cli import main

if __name__ == "__main__":
    sys.exit(main())
