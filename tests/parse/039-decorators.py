@dec
def f(): pass
@a.b(c)
@d
class C: pass
@(lambda f: f)
def g(): pass
