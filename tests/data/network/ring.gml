Creator "igraph version 0.10"
Version 1
graph
[
  directed 0
  node
  [
    id 0
    label "Dara"
    type "person"
    graphics [ x 10.0 y 20.0 w 20 h 20 fill "#FF0000" ]
  ]
  node [ id 1 label "Ledger &amp; Co" kind "business" ]
  node [ id 2 label "Hostel" ]
  edge [ source 0 target 1 value 2.5 label "owns" ]
  edge [ source 1 target 2 ]
  edge [ source 2 target 9 ]
  edge [ source 0 target 2 value -1 ]
]
