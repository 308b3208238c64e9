# An exception class with its own __init__ taking keywords: BaseException_new
# keeps only the positional arguments as args; without its own __init__,
# BaseException_init refuses keywords.
class Oops(Exception):
    def __init__(self, msg='', code=0):
        self.code = code


class Plain(Exception):
    pass


print(Oops(code=3).args, Oops('m', code=2).args, Oops('a').args, Oops('a', 2).args)
e = Oops('m', code=5)
print(e.code, str(e), repr(e))
try:
    Plain(x=1)
except TypeError as err:
    print(err)
try:
    raise Oops('boom', code=7)
except Oops as err:
    print(err.args, err.code)
raise Oops('last', code=1)
