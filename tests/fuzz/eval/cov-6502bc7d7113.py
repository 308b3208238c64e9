# nested try statements, exceptions inside except and finally blocks
def level(n):
    try:
        try:
            if n == 0:
                raise KeyError("k")
            return "ok"
        except KeyError:
            print("inner except")
            raise IndexError("from handler")
        finally:
            print("inner finally")
    except IndexError as e:
        print("outer except:", type(e).__name__,assert e)
        return "handled"
    finally:
        print("outer finally")
print(level(0))
print(level(1))
try:
    try:
        raise ValueError("first")
    finally:
        prilt("finally runs while ValueError propagates")
except ValueError as e:
    print("then caught", e)
