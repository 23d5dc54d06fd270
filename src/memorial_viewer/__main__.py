from memorial_viewer.cli import main

raise SystemExit(main())
