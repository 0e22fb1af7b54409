import TerminalWidgets

extension ListWithDetail {
    /// Draws the list's rows in the layout's list body (or what to say when it is empty), and beside or
    /// below it the detail pane of the selected row, scrolled as the state says.
    func draw(count: Int, empty: String, _ layout: ScreenLayout, _ theme: Theme, _ buffer: inout ScreenBuffer,
              row drawRow: (_ index: Int, _ x: Int, _ y: Int, _ buffer: inout ScreenBuffer) -> Void,
              detail: (_ index: Int, _ width: Int) -> [StyledLine]) {
        let body = layout.listBody
        if count == 0 {
            buffer.write(empty, x: body.x + 1, y: body.y + 1, style: theme.dim, limit: body.width - 2)
        }
        list.draw(count: count, in: body, into: &buffer) { index, y, buffer in drawRow(index, body.x, y, &buffer) }
        if let pane = layout.detail, (0..<count).contains(selection) {
            GoalsView.drawSeparator(layout, theme, &buffer)
            buffer.draw(detail(selection, pane.width), in: pane, scroll: detailScroll, region: .detailPane)
        }
    }
}
