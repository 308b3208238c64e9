x = f"a{b}c{d!r}e{f:>{g}}"
y = (f"{h}"
     f"{i}")
z = f"""
{j}
  {k}"""
w = f"{ l }"
v = f"{m}" "n" f"{o=}"
