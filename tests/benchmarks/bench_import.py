"""Import and fixity benchmark (issue: the archive core).

    python -m tests.benchmarks.bench_import [--articles 10000] [--photos 1000] [--workdir DIR]

Imports generated articles and 12 MP camera JPEGs into a new archive and compares, in the same
run, with a bare loop that only reads, hashes (SHA-256) and decodes the same files with Pillow;
then `check --fixity` against `sha256sum` over the same originals. Peak RSS is sampled throughout.
"""

from __future__ import annotations

import argparse
import hashlib
import resource
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from tests.benchmarks.synthetic import write_articles, write_photos


def peak_rss_mb(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


def bare_loop(paths: list[Path], decode: bool) -> float:
    from PIL import Image

    start = time.perf_counter()
    for path in paths:
        data = path.read_bytes()
        hashlib.sha256(data).hexdigest()
        if decode:
            with Image.open(path) as im:
                im.load()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--photos", type=int, default=1_000)
    parser.add_argument("--workdir", type=Path)
    args = parser.parse_args()

    from memorial_viewer.archive import Archive

    work = Path(tempfile.mkdtemp(prefix="mv-bench-", dir=args.workdir))
    try:
        t = time.perf_counter()
        articles = write_articles(work / "src" / "articles", args.articles)
        photos = write_photos(work / "src" / "photos", args.photos)
        print(
            f"generated {len(articles)} articles, {len(photos)} photos "
            f"in {time.perf_counter() - t:.1f} s"
        )

        bare_articles = bare_loop(articles, decode=False)
        bare_photos = bare_loop(photos, decode=True)

        with Archive.create(work / "archive") as archive:
            t = time.perf_counter()
            rep_a = archive.import_paths([work / "src" / "articles"])
            imp_articles = time.perf_counter() - t
            t = time.perf_counter()
            rep_p = archive.import_paths([work / "src" / "photos"])
            imp_photos = time.perf_counter() - t
            assert not rep_a.rejected and not rep_p.rejected
            t = time.perf_counter()
            report = archive.check(fixity=True)
            fixity = time.perf_counter() - t
            assert report.ok, report.problems[:3]
        media = sorted(str(p) for p in (work / "archive" / "media").rglob("*") if p.is_file())
        t = time.perf_counter()
        subprocess.run(
            ["xargs", "-0", "sha256sum"],
            input="\0".join(media).encode(),
            stdout=subprocess.DEVNULL,
            check=True,
        )
        sha256sum = time.perf_counter() - t

        a_rate, p_rate = len(articles) / imp_articles, len(photos) / imp_photos
        a_bare, p_bare = len(articles) / bare_articles, len(photos) / bare_photos
        print(
            f"articles: {a_rate:8.1f}/s  bare read+hash {a_bare:8.1f}/s  "
            f"ratio {a_rate / a_bare:.2f}  (target >= 300/s)"
        )
        print(
            f"photos:   {p_rate:8.2f}/s  bare read+hash+decode {p_bare:8.2f}/s  "
            f"ratio {p_rate / p_bare:.2f}  (target >= 0.5)"
        )
        print(
            f"fixity:   {fixity:6.2f} s  sha256sum {sha256sum:6.2f} s  "
            f"speed ratio {sha256sum / fixity:.2f}  (target >= 0.8)"
        )
        print(
            f"peak RSS: {peak_rss_mb():.0f} MB, largest worker process "
            f"{peak_rss_mb(resource.RUSAGE_CHILDREN):.0f} MB  (target < 500 MB)"
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
