"""Small counts on the public page: hidden under 5, and never recoverable from a total."""

from steering.tables import Table, suppress_small_counts


def test_counts_from_one_to_four_are_hidden_zero_and_labels_are_kept():
    table = Table("t", "T", ["Territoire", "Jeunes", "Places"], [["A", 0, 3], ["B", 4, 12], ["C", 5, 2]])
    shown = suppress_small_counts(table)  # no count column declared: nothing hidden
    assert shown.rows == table.rows
    table.count_columns = (1,)
    shown = suppress_small_counts(table)
    assert [row[1] for row in shown.rows] == [0, "moins de 5", "moins de 5"]  # 5 hidden too: B alone was
    assert [row[2] for row in shown.rows] == [3, 12, 2]  # seats are not people
    assert table.rows[1][1] == 4  # the table itself is left as it was


def test_a_single_hidden_cell_takes_the_next_smallest_with_it():
    table = Table("t", "T", ["Territoire", "Jeunes"], [["A", 120], ["B", 3], ["C", 40], ["D", 9]], count_columns=(1,))
    assert [row[1] for row in suppress_small_counts(table).rows] == [120, "moins de 5", 40, "moins de 5"]


def test_two_hidden_cells_need_nothing_more():
    table = Table("t", "T", ["Territoire", "Jeunes"], [["A", 120], ["B", 3], ["C", 1]], count_columns=(1,))
    assert [row[1] for row in suppress_small_counts(table).rows] == [120, "moins de 5", "moins de 5"]
