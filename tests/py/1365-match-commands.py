# A student's text adventure: commands split into words and dispatched
# with match (sequence patterns with literals, captures, a starred rest,
# guards, or-patterns), closures over the captured names, break/continue
# inside a case, and a dict of rooms matched by mapping patterns.
rooms = {
    "hall": {"exits": {"north": "kitchen"}, "items": ["lamp"]},
    "kitchen": {"exits": {"south": "hall"}, "items": ["knife", "bread"]},
}
here = "hall"
inventory = []
log = []
script = ["look", "take lamp", "go north", "take knife bread", "take spoon",
          "inventory", "go west", "drop lamp", "dance", "", "go south", "quit", "look"]
for line in script:
    match line.split():
        case ["look"]:
            room = rooms[here]
            match room:
                case {"items": [], "exits": exits}:
                    print(f"{here}: empty, exits {list(exits)}")
                case {"items": [*items], "exits": exits}:
                    print(f"{here}: {', '.join(items)}; exits {list(exits)}")
        case ["go", direction] if direction in rooms[here]["exits"]:
            here = rooms[here]["exits"][direction]
            print("you go", direction, "to the", here)
        case ["go", direction]:
            print("you cannot go", direction)
        case ["take", *things] if things:
            for thing in things:
                if thing in rooms[here]["items"]:
                    rooms[here]["items"].remove(thing)
                    inventory.append(thing)
                    log.append(lambda t=thing: f"took {t}")
                else:
                    print("no", thing, "here")
        case ["drop", thing] | ["put", thing]:
            if thing in inventory:
                inventory.remove(thing)
                rooms[here]["items"].append(thing)
                print("dropped", thing)
        case ["inventory" | "inv" | "i"]:
            print("you carry", inventory)
        case []:
            continue
        case ["quit"]:
            print("bye")
            break
        case [verb, *_]:
            print("I do not know how to", verb)
print([f() for f in log])
print(here, inventory, rooms["hall"]["items"])
