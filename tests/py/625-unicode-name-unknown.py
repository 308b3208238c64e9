print("before")
x = "ok \N{KEYCAP NUMBER SIGN} seq"
