x = """a
b
  c"""
y = (
  "one"
  "two"
)
z = f"""{
x
}"""
