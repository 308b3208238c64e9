class Base:
    "Base's docstring: type_new copies it into a block of its own (tp_doc)."
    def method(self):
        return 1
class Sub1(Base):
    pass
class Sub2(Base):
    __slots__ = ('b', 'a', 'c')
subs = [Sub1, Sub2]
