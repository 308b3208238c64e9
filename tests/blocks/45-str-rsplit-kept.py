parts = "alpha beta gamma delta".rsplit(" ", 2)
