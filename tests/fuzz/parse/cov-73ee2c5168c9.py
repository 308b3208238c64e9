dec
def f(): pass
@a.b(c)
@@d
class Cs
