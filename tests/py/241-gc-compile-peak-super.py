# Compiling 42 classes whose method calls super() in a comprehension tops the
# gen-0 count out just under 700 (the module's function and `import gc` come after)
import gc; print(gc.get_count())
class B:
    def f(self):
        return 1
class C0(B):
    def f(self): return [super().f() for x in self]
class C1(B):
    def f(self): return [super().f() for x in self]
class C2(B):
    def f(self): return [super().f() for x in self]
class C3(B):
    def f(self): return [super().f() for x in self]
class C4(B):
    def f(self): return [super().f() for x in self]
class C5(B):
    def f(self): return [super().f() for x in self]
class C6(B):
    def f(self): return [super().f() for x in self]
class C7(B):
    def f(self): return [super().f() for x in self]
class C8(B):
    def f(self): return [super().f() for x in self]
class C9(B):
    def f(self): return [super().f() for x in self]
class C10(B):
    def f(self): return [super().f() for x in self]
class C11(B):
    def f(self): return [super().f() for x in self]
class C12(B):
    def f(self): return [super().f() for x in self]
class C13(B):
    def f(self): return [super().f() for x in self]
class C14(B):
    def f(self): return [super().f() for x in self]
class C15(B):
    def f(self): return [super().f() for x in self]
class C16(B):
    def f(self): return [super().f() for x in self]
class C17(B):
    def f(self): return [super().f() for x in self]
class C18(B):
    def f(self): return [super().f() for x in self]
class C19(B):
    def f(self): return [super().f() for x in self]
class C20(B):
    def f(self): return [super().f() for x in self]
class C21(B):
    def f(self): return [super().f() for x in self]
class C22(B):
    def f(self): return [super().f() for x in self]
class C23(B):
    def f(self): return [super().f() for x in self]
class C24(B):
    def f(self): return [super().f() for x in self]
class C25(B):
    def f(self): return [super().f() for x in self]
class C26(B):
    def f(self): return [super().f() for x in self]
class C27(B):
    def f(self): return [super().f() for x in self]
class C28(B):
    def f(self): return [super().f() for x in self]
class C29(B):
    def f(self): return [super().f() for x in self]
class C30(B):
    def f(self): return [super().f() for x in self]
class C31(B):
    def f(self): return [super().f() for x in self]
class C32(B):
    def f(self): return [super().f() for x in self]
class C33(B):
    def f(self): return [super().f() for x in self]
class C34(B):
    def f(self): return [super().f() for x in self]
class C35(B):
    def f(self): return [super().f() for x in self]
class C36(B):
    def f(self): return [super().f() for x in self]
class C37(B):
    def f(self): return [super().f() for x in self]
class C38(B):
    def f(self): return [super().f() for x in self]
class C39(B):
    def f(self): return [super().f() for x in self]
class C40(B):
    def f(self): return [super().f() for x in self]
class C41(B):
    def f(self): return [super().f() for x in self]
print(gc.get_count())
