"""Deduplicates a person CSV with Splink 5 (DuckDB backend) and scores it against `true_id`.

Usage: splink_link.py --in FILE [--threshold 0.9]

Input columns: id, first_name, surname, dob (YYYYMMDD text), postcode, address, town, true_id; empty
fields are nulls. Only the names, dob, postcode, address and town are used for matching: `id` is just
Splink's unique id, and `true_id` is kept out of Splink and used only for scoring.

The model follows Splink's own "Deduplicating the febrl3 dataset" example
(docs/demos/examples/duckdb/febrl3.ipynb in moj-analytical-services/splink), with the comparison
choices of its "Linking the febrl4 datasets" detailed model and the tutorials' city comparison,
using tutorial/default values throughout and nothing tuned to this data:
  * comparisons: NameComparison (default Jaro-Winkler levels 0.92/0.88/0.7) for first_name and
    surname, with term-frequency adjustments as in the febrl4 detailed model;
    DateOfBirthComparison(input_is_string, "%Y%m%d", invalid dates as null) as in both examples;
    ExactMatch(postcode) with term frequencies (febrl3); ExactMatch(town) with term frequencies
    (the tutorials' city comparison); JaroWinklerAtThresholds(address) at its default 0.9/0.7
    (the examples compare street_number exactly; here the street is one free-text field).
  * prediction blocking: the febrl3 rules block_on first_name / surname / dob / postcode (its
    soc_sec_id rule is dropped: that column is absent here).
  * probability_two_random_records_match: febrl3's deterministic rules (names + dob, and names
    swapped + dob; again without soc_sec_id) at febrl3's recall=0.9.
  * u: estimate_u_using_random_sampling(max_pairs=1e6, seed=2) as in febrl3 (seeded: deterministic).
  * m: expectation maximisation blocked on dob, then on postcode (febrl3).
  * predict(threshold_match_probability=T), then cluster_pairwise_predictions_at_threshold(T),
    T = --threshold, default 0.9.

Prints `name: value unit` lines: pairwise precision / recall / F1 (pairs of rows sharing a predicted
cluster vs pairs sharing a true_id), the wall time of the Splink part (from setting up DuckDB and the
Linker to having the clusters; reading the CSV and scoring are excluded) and the process's peak RSS.
Splink's log goes to stderr at WARNING level so stdout holds only those lines.
"""
import argparse
import logging
import resource
import time

import duckdb
import pandas as pd

import splink.comparison_library as cl
from splink import DuckDBAPI, Linker, SettingsCreator, block_on

MATCH_COLUMNS = ["first_name", "surname", "dob", "postcode", "address", "town"]


def peak_memory_mb():
    """This process's peak resident memory: VmHWM, which starts afresh at exec (ru_maxrss keeps the
    high-water mark of the parent that forked us)."""
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def read_people(path):
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    for column in MATCH_COLUMNS:
        stripped = frame[column].str.strip()
        frame[column] = stripped.where(stripped != "", None)
    return frame


def settings():
    return SettingsCreator(
        unique_id_column_name="id",
        link_type="dedupe_only",
        blocking_rules_to_generate_predictions=[
            block_on("first_name"),
            block_on("surname"),
            block_on("dob"),
            block_on("postcode"),
        ],
        comparisons=[
            cl.NameComparison("first_name").configure(term_frequency_adjustments=True),
            cl.NameComparison("surname").configure(term_frequency_adjustments=True),
            cl.DateOfBirthComparison(
                "dob", input_is_string=True, datetime_format="%Y%m%d", invalid_dates_as_null=True
            ),
            cl.ExactMatch("postcode").configure(term_frequency_adjustments=True),
            cl.JaroWinklerAtThresholds("address"),
            cl.ExactMatch("town").configure(term_frequency_adjustments=True),
        ],
    )


def cluster(people, threshold):
    """Trains the model and returns a pandas frame of (id, cluster_id)."""
    connection = duckdb.connect()
    connection.execute("SET enable_progress_bar = false")
    db_api = DuckDBAPI(connection=connection)
    records = db_api.register(people[["id"] + MATCH_COLUMNS], dataset_display_name="people")
    linker = Linker(records, settings(), log_level=logging.WARNING)

    linker.training.estimate_probability_two_random_records_match(
        [
            block_on("first_name", "surname", "dob"),
            "l.first_name = r.surname and l.surname = r.first_name and l.dob = r.dob",
        ],
        recall=0.9,
    )
    linker.training.estimate_u_using_random_sampling(max_pairs=1e6, seed=2)
    linker.training.estimate_parameters_using_expectation_maximisation(block_on("dob"))
    linker.training.estimate_parameters_using_expectation_maximisation(block_on("postcode"))

    predictions = linker.inference.predict(threshold_match_probability=threshold)
    clusters = linker.clustering.cluster_pairwise_predictions_at_threshold(
        predictions, threshold_match_probability=threshold
    )
    return clusters.as_pandas_dataframe()[["id", "cluster_id"]]


def pairs(sizes):
    return int((sizes * (sizes - 1) // 2).sum())


def score(people, clusters):
    """Pairwise precision, recall and F1 of the predicted clusters against true_id."""
    joined = people[["id", "true_id"]].merge(clusters, on="id", how="left", validate="one_to_one")
    assert joined["cluster_id"].notna().all(), "every record should be in a cluster"
    predicted = pairs(joined.groupby("cluster_id").size())
    actual = pairs(joined.groupby("true_id").size())
    both = pairs(joined.groupby(["cluster_id", "true_id"]).size())
    precision = both / predicted if predicted else 1.0
    recall = both / actual if actual else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--in", dest="path", required=True, help="person CSV")
    parser.add_argument("--threshold", type=float, default=0.9, help="match probability threshold")
    args = parser.parse_args()

    people = read_people(args.path)
    started = time.perf_counter()
    clusters = cluster(people, args.threshold)
    seconds = time.perf_counter() - started
    precision, recall, f1 = score(people, clusters)
    peak_mb = peak_memory_mb()

    print(f"splink.precision: {precision:.4f}")
    print(f"splink.recall: {recall:.4f}")
    print(f"splink.f1: {f1:.4f}")
    print(f"splink.seconds: {seconds:.3f} s")
    print(f"splink.peak_memory: {peak_mb:.1f} MB")


if __name__ == "__main__":
    main()
