"""Everything that is not a Rasa action: geography, directory, risk detection, serving."""
