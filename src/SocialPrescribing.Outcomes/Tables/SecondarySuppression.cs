namespace SocialPrescribing.Outcomes;

/// <summary>
/// Suppresses further counts until no suppressed count can be worked out from the table's totals (docs/outcomes.md,
/// "Disclosure control").
/// </summary>
/// <remarks>
/// <para>
/// The totals split a table into independent blocks of linear equations. A family with a total row is a two-way table
/// with margins: every row (the total row too) says its parts sum to its family total, and every family column (the
/// total column too) says its rows sum to its total row. Give each row and each column a node and each cell an edge
/// between its row and its column: then, with every other cell known, the values of the suppressed cells are determined
/// exactly where their edges are bridges of the graph of suppressed edges (an edge on no cycle), and free where they lie
/// on a cycle, since adding and subtracting the same amount around a cycle keeps every total. A family without a total
/// row has only its row equations: its columns merge into one node, so a suppressed cell is a bridge exactly when it is
/// the only one in its row. An additive count column outside every family, with a total row, has only its column
/// equation: its rows merge into one node.
/// </para>
/// <para>
/// While a bridge remains, the first (in row-major order) is put on a cycle by suppressing the cheapest path of cells
/// that closes one through it: cheapest by the sum of the counts suppressed, with a count of 0 dearer than every other
/// count together (suppressing a zero protects little), already suppressed cells free, and ties broken by the order of
/// the search (this library's choice). A cycle never loses its edges, so every round removes at least one bridge and
/// the loop ends.
/// </para>
/// </remarks>
internal static class SecondarySuppression
{
    /// <summary>Suppresses counts in <paramref name="cells"/> until no suppressed count is determined by a total.</summary>
    internal static void Apply(OutcomeTable table, PublishedCell[][] cells)
    {
        foreach (Block block in Blocks(table))
        {
            Protect(table, block, cells);
        }
    }

    private static IEnumerable<Block> Blocks(OutcomeTable table)
    {
        int rows = table.Rows.Count;
        int totalRow = table.Shape.TotalRow;
        foreach (FamilyShape family in table.Shape.Families)
        {
            int[] columns = [.. family.Parts.Append(family.Total).Order()];
            var edges = new List<Edge>(rows * columns.Length);
            for (int r = 0; r < rows; r++)
            {
                for (int j = 0; j < columns.Length; j++)
                {
                    // With a total row each column is a node; without one, every column is the one node rows + 0.
                    edges.Add(new Edge(r, columns[j], r, rows + (totalRow >= 0 ? j : 0)));
                }
            }

            yield return new Block(rows + (totalRow >= 0 ? columns.Length : 1), edges);
        }

        if (totalRow < 0)
        {
            yield break;
        }

        for (int c = 0; c < table.Columns.Count; c++)
        {
            OutcomeColumn column = table.Columns[c];
            if (column.Family is null && column.IsAdditive && table.Rows[totalRow].Cells[c].Kind == OutcomeCellKind.Count)
            {
                // One column equation: every row is the one node 0, the column node 1.
                yield return new Block(2, [.. Enumerable.Range(0, rows).Select(r => new Edge(r, c, 0, 1))]);
            }
        }
    }

    private static void Protect(OutcomeTable table, Block block, PublishedCell[][] cells)
    {
        bool[] suppressed = [.. block.Edges.Select(e => cells[e.Row][e.Column].IsSuppressed)];
        if (!suppressed.Contains(true))
        {
            return;
        }

        long[] values = [.. block.Edges.Select(e => table.Rows[e.Row].Cells[e.Column].CountValue)];
        var costs = new Costs(values, values.Aggregate(Int128.One, (sum, v) => sum + v));
        List<int>[] adjacent = Adjacency(block, _ => true);
        for (int bridge = FirstBridge(block, suppressed); bridge >= 0; bridge = FirstBridge(block, suppressed))
        {
            foreach (int i in CheapestCycle(block, adjacent, bridge, suppressed, costs))
            {
                suppressed[i] = true;
                Edge e = block.Edges[i];
                cells[e.Row][e.Column] = PublishedCell.Suppressed(OutcomeCellKind.Count, CellControl.SecondarySuppression);
            }
        }
    }

    /// <summary>Lists, for each node, the indexes of the edges at it that pass the filter.</summary>
    private static List<int>[] Adjacency(Block block, Func<int, bool> include)
    {
        var adjacent = new List<int>[block.NodeCount];
        for (int n = 0; n < adjacent.Length; n++)
        {
            adjacent[n] = [];
        }

        for (int i = 0; i < block.Edges.Count; i++)
        {
            if (include(i))
            {
                adjacent[block.Edges[i].From].Add(i);
                adjacent[block.Edges[i].To].Add(i);
            }
        }

        return adjacent;
    }

    /// <summary>Finds the first suppressed edge that is a bridge of the graph of suppressed edges (Tarjan's low links, without recursion).</summary>
    /// <returns>The edge's index; -1 when there is none.</returns>
    private static int FirstBridge(Block block, bool[] suppressed)
    {
        List<int>[] adjacent = Adjacency(block, i => suppressed[i]);
        int[] discovered = new int[block.NodeCount];
        int[] low = new int[block.NodeCount];
        Array.Fill(discovered, -1);
        int time = 0;
        int first = -1;
        var stack = new Stack<Frame>();
        for (int start = 0; start < block.NodeCount; start++)
        {
            if (discovered[start] >= 0 || adjacent[start].Count == 0)
            {
                continue;
            }

            discovered[start] = low[start] = time++;
            stack.Push(new Frame(start, -1, 0));
            while (stack.Count > 0)
            {
                Frame frame = stack.Pop();
                if (frame.Next < adjacent[frame.Node].Count)
                {
                    stack.Push(frame with { Next = frame.Next + 1 });
                    int edge = adjacent[frame.Node][frame.Next];
                    if (edge == frame.ParentEdge)
                    {
                        continue; // the edge we came in by; a parallel edge has another index and counts as a way back
                    }

                    int other = block.Edges[edge].Other(frame.Node);
                    if (discovered[other] < 0)
                    {
                        discovered[other] = low[other] = time++;
                        stack.Push(new Frame(other, edge, 0));
                    }
                    else
                    {
                        low[frame.Node] = Math.Min(low[frame.Node], discovered[other]);
                    }
                }
                else if (stack.Count > 0)
                {
                    int parent = stack.Peek().Node;
                    low[parent] = Math.Min(low[parent], low[frame.Node]);
                    if (low[frame.Node] > discovered[parent] && (first < 0 || frame.ParentEdge < first))
                    {
                        first = frame.ParentEdge;
                    }
                }
            }
        }

        return first;
    }

    /// <summary>
    /// Finds the cheapest path from one end of the bridge to the other that does not use it (Dijkstra: suppressed edges
    /// cost nothing, a count costs its value, a zero more than all counts together), and returns its unsuppressed edges.
    /// </summary>
    private static List<int> CheapestCycle(Block block, List<int>[] adjacent, int bridge, bool[] suppressed, Costs costs)
    {
        Edge target = block.Edges[bridge];
        var cost = new Int128[block.NodeCount];
        int[] via = new int[block.NodeCount];
        Array.Fill(cost, Int128.MaxValue);
        Array.Fill(via, -1);
        var queue = new PriorityQueue<int, (Int128 Cost, int Node)>();
        cost[target.To] = 0;
        queue.Enqueue(target.To, (0, target.To));
        while (queue.TryDequeue(out int node, out (Int128 Cost, int Node) priority))
        {
            if (priority.Cost > cost[node])
            {
                continue; // a stale entry
            }

            if (node == target.From)
            {
                break;
            }

            foreach (int i in adjacent[node])
            {
                if (i == bridge)
                {
                    continue;
                }

                Int128 step = suppressed[i] ? 0 : costs.Values[i] > 0 ? costs.Values[i] : costs.Zero;
                int other = block.Edges[i].Other(node);
                if (cost[node] + step < cost[other])
                {
                    cost[other] = cost[node] + step;
                    via[other] = i;
                    queue.Enqueue(other, (cost[other], other));
                }
            }
        }

        // Every block has at least two nodes on each side of the bridge's ends (or parallel edges), so the path exists.
        var path = new List<int>();
        for (int node = target.From; node != target.To;)
        {
            int i = via[node];
            if (!suppressed[i])
            {
                path.Add(i);
            }

            node = block.Edges[i].Other(node);
        }

        return path;
    }

    /// <summary>A cell as an edge between two nodes of its block.</summary>
    private readonly record struct Edge(int Row, int Column, int From, int To)
    {
        internal int Other(int node) => node == From ? To : From;
    }

    /// <summary>The equations of one block: its node count and its cells as edges, in row-major order.</summary>
    private sealed record Block(int NodeCount, List<Edge> Edges);

    /// <summary>What suppressing each edge costs: its count, or <paramref name="Zero"/> for a count of 0.</summary>
    /// <param name="Values">The count of each edge.</param>
    /// <param name="Zero">The cost of a zero: one more than all the block's counts together.</param>
    private sealed record Costs(long[] Values, Int128 Zero);

    /// <summary>A node on the depth-first stack: the edge it was reached by and the next adjacent edge to follow.</summary>
    private readonly record struct Frame(int Node, int ParentEdge, int Next);
}
