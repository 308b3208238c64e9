# A capture pattern (or any irrefutable one) must be the last case, unless
# it has a guard: the compiler's "makes remaining patterns unreachable".
print("never printed")

def handle(command):
    match command:
        case "stop":
            return 0
        case other:
            return 1
        case "go":
            return 2
