# The status comes from the exception's code attribute, not its args:
# 300 is cut to its low 8 bits (44) by the system, as python3's exit(300).
class Stop(SystemExit):
    pass


e = Stop("first")
e.code = 300
print(e.args, e.code)
raise e
