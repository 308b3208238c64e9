# operations that return the same str object
s = "".join(["ab", "cd"])
print(s + "" is s, "" + s is s, s * 1 is s, s[:] is s, s.strip() is s, s.replace("x", "y") is s)
print(str(s) is s, s.lower() is s, s.ljust(2) is s, s.center(1) is s)
