"""`python -m bot.directory ...`: the same command as the `directory` console script."""
from bot.directory.cli import main

main()
