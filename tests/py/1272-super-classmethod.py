# super() inside a classmethod (super(C, C): the object is the start type)
# binds what it finds as tp_descr_get(x, NULL, type) does: a classmethod to
# the class the call started from, a staticmethod's function as is, a
# plain function unbound; along a diamond's mro and a single chain alike.
class Base:
    @classmethod
    def create(cls, tag):
        return f"Base.create({cls.__name__}, {tag})"
    @staticmethod
    def helper(x):
        return x * 2
    def plain(self):
        return "plain"
class Left(Base):
    @classmethod
    def create(cls, tag):
        return "Left>" + super().create(tag)
class Right(Base):
    @classmethod
    def create(cls, tag):
        return "Right>" + super().create(tag)
class Both(Left, Right):
    @classmethod
    def create(cls, tag):
        return "Both>" + super().create(tag)
    @classmethod
    def tools(cls):
        return super().helper(21), super().plain, super(Left, cls).create("direct")
print(Both.create("t"))
print(Left.create("l"))
h, p, d = Both.tools()
print(h, p.__qualname__, p(None), d)
