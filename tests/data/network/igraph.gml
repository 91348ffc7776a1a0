graph
[
  directed 1
  node
  [
    id 0
    label "a"
  ]
  node
  [
    id 1
    label "b"
  ]
  edge
  [
    source 0
    target 7
  ]
  edge
  [
    source 1
    target 0
    weight 2
  ]
]
