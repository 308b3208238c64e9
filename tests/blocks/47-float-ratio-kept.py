pairs = [(0.1).as_integer_ratio(), (1e300).as_integer_ratio(), (7).as_integer_ratio()]
