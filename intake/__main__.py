"""`python -m intake` runs the same CLI as the `intake` command."""

from intake.cli import main

main()
